window.YTD.protected_history.part0 = []
