window.YTD.account.part0 = [
  {
    "account": {
      "email": "imogen.castellwright@example.com",
      "createdVia": "web",
      "username": "icastellwright_md",
      "accountId": "1432100000000000001",
      "createdAt": "2015-07-01T17:00:00.000Z",
      "accountDisplayName": "Imogen Castellwright, MD"
    }
  }
]
