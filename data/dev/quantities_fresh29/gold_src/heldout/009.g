23名|23|名|exact|amount|党员
9名|9|名|exact|amount|老弱病残的党员
