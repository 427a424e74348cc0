10项|10|项|exact|amount|重点工作和重点建设项目
3400多人|3400|人|over|amount|安全饮水
3900多万元|39000000|元|over|amount|县城建设投资
5800多万元|58000000|元|over|amount|农牧民集中定居投资
14项|14|项|exact|amount|乡镇公共服务设施建设工程
54项|54|项|exact|amount|“一事一议”财政奖补项目
