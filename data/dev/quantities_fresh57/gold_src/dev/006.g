四个|4|个|exact|amount|社区
30户|30|户|exact|amount|特困人员、残疾人员、留守老人
106户|106|户|exact|amount|困难居民
32户|32|户|exact|amount|困难职工
9万元|90000|元|exact|amount|临时生活救助金
