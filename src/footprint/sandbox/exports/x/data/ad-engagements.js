window.YTD.ad_engagements.part0 = []
