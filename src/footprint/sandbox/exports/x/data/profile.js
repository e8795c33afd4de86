window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "Dermatologist. Portland, OR. Views my own.",
        "website": "https://t.co/abc123",
        "location": "Portland, OR"
      },
      "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg"
    }
  }
]
