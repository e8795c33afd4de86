window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1851000000000000001",
      "full_text": "@pdxfoodcritic That bistro on Alberta is a dump and the owner is an idiot.",
      "created_at": "Wed Oct 29 21:14:05 +0000 2025",
      "in_reply_to_screen_name": "pdxfoodcritic",
      "in_reply_to_status_id_str": "1850999999999999999",
      "in_reply_to_user_id_str": "222",
      "entities": {
        "user_mentions": [
          {
            "screen_name": "pdxfoodcritic",
            "name": "PDX Food Critic",
            "id_str": "222",
            "indices": [
              "0",
              "14"
            ]
          }
        ],
        "hashtags": [],
        "urls": [],
        "symbols": []
      },
      "favorite_count": "3",
      "retweet_count": "0",
      "lang": "en",
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>"
    }
  },
  {
    "tweet": {
      "id_str": "1851000000000000002",
      "full_text": "@icastellwright_md 2/ And reapply every two hours outdoors.",
      "created_at": "Mon Jun 02 16:00:00 +0000 2025",
      "in_reply_to_screen_name": "icastellwright_md",
      "in_reply_to_status_id_str": "1851000000000000003",
      "entities": {
        "user_mentions": [
          {
            "screen_name": "icastellwright_md",
            "name": "Imogen Castellwright, MD",
            "id_str": "1432100000000000001"
          }
        ],
        "hashtags": [],
        "urls": []
      },
      "favorite_count": "12",
      "retweet_count": "4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1851000000000000003",
      "full_text": "1/ Sunscreen thread for #SkinCancerAwareness month, with @AADskin guidance.",
      "created_at": "Mon Jun 02 15:58:00 +0000 2025",
      "entities": {
        "user_mentions": [
          {
            "screen_name": "AADskin",
            "name": "American Academy of Dermatology",
            "id_str": "333"
          }
        ],
        "hashtags": [
          {
            "text": "SkinCancerAwareness"
          }
        ],
        "urls": []
      },
      "favorite_count": "40",
      "retweet_count": "18",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1851000000000000004",
      "full_text": "Home at last after a long clinic day.",
      "created_at": "Thu Mar 06 02:30:00 +0000 2025",
      "geo": {
        "type": "Point",
        "coordinates": [
          "45.5080",
          "-122.6178"
        ]
      },
      "coordinates": {
        "type": "Point",
        "coordinates": [
          "-122.6178",
          "45.5080"
        ]
      },
      "place": {
        "full_name": "Portland, OR",
        "name": "Portland",
        "country_code": "US"
      },
      "entities": {
        "user_mentions": [],
        "hashtags": [],
        "urls": []
      },
      "favorite_count": "5",
      "retweet_count": "0",
      "lang": "en"
    }
  }
]
