8万元|80000|元|exact|amount|村集体资金
19个|19|个|exact|amount|小组
210盏|210|盏|exact|amount|路灯
