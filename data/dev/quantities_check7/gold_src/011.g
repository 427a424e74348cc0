763.23|763.23||exact|amount|合 计
632.90|632.9||exact|amount|合 计
635.06|635.06||exact|amount|合 计
44.55|44.55||exact|amount|春收粮食
34.93|34.93||exact|amount|春收粮食
27.19|27.19||exact|amount|春收粮食
181.92|181.92||exact|amount|夏收粮食
139.18|139.18||exact|amount|夏收粮食
140.04|140.04||exact|amount|夏收粮食
536.76|536.76||exact|amount|秋收粮食
458.79|458.79||exact|amount|秋收粮食
467.82|467.82||exact|amount|秋收粮食
557.52|557.52||exact|amount|稻谷
499.00|499||exact|amount|稻谷
501.00|501||exact|amount|稻谷
159.54|159.54||exact|amount|早稻
128.55|128.55||exact|amount|早稻
123.72|123.72||exact|amount|早稻
244.77|244.77||exact|amount|中稻
175.49|175.49||exact|amount|中稻
175.49|175.49||exact|amount|中稻
153.21|153.21||exact|amount|晚稻
194.96|194.96||exact|amount|晚稻
194.96|194.96||exact|amount|晚稻
8.94|8.94||exact|amount|大小麦
1.87|1.87||exact|amount|大小麦
1.75|1.75||exact|amount|大小麦
6.75|6.75||exact|amount|小麦
1.60|1.6||exact|amount|小麦
1.49|1.49||exact|amount|小麦
128.66|128.66||exact|amount|甘薯
83.00|83||exact|amount|甘薯
82.24|82.24||exact|amount|甘薯
27.97|27.97||exact|amount|马铃薯
21.60|21.6||exact|amount|马铃薯
21.84|21.84||exact|amount|马铃薯
