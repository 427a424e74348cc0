9000余户|9000|户|over|amount|小微企业
106个|106|个|exact|amount|“一老一小”场所
