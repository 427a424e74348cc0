52421.7万元|524217000|元|exact|amount|财政总收入
3439.48万元|34394800|元|exact|amount|一般公共预算收入
60项|60|项|exact|amount|重点项目和重点工程
10多家|10|家|over|amount|洽谈企业
近10家|10|家|under|amount|企业入驻科技园一期
60项|60|项|exact|amount|重点工程和重点项目
