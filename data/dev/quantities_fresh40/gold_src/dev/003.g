2.766万亩|27660|亩|exact|amount|粮食生产种植
5200亩|5200|亩|exact|amount|桉退蔗进
五个|5|个|exact|amount|示范区
