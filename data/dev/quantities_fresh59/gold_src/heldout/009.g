142條|142|条|exact|amount|通州區人民政府網站公開信息
330條|330|条|exact|amount|微信公眾號發布信息
89條|89|条|exact|amount|黨政信息網錄用信息
9件|9|件|exact|amount|受理依申請公開件
