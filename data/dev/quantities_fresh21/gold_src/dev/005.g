近万元|10000|元|under|amount|为果农创收
