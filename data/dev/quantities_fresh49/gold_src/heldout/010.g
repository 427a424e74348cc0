7条|7|条|exact|amount|在云南省政府采购网公开信息
1件|1|件|exact|amount|受理政府信息公开申请
