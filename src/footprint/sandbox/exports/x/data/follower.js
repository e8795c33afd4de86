window.YTD.follower.part0 = [
  {
    "follower": {
      "accountId": "1000",
      "userLink": "https://twitter.com/intent/user?user_id=1000"
    }
  },
  {
    "follower": {
      "accountId": "1001",
      "userLink": "https://twitter.com/intent/user?user_id=1001"
    }
  },
  {
    "follower": {
      "accountId": "1002",
      "userLink": "https://twitter.com/intent/user?user_id=1002"
    }
  },
  {
    "follower": {
      "accountId": "1003",
      "userLink": "https://twitter.com/intent/user?user_id=1003"
    }
  },
  {
    "follower": {
      "accountId": "1004",
      "userLink": "https://twitter.com/intent/user?user_id=1004"
    }
  }
]
