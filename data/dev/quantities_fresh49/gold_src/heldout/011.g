13条|13|条|exact|amount|在县人民政府外网主动公开政府信息数
11条|11|条|exact|amount|乡镇动态
2条|2|条|exact|amount|财政预算决算
26条|26|条|exact|amount|在大美仁寿APP公开发布内容
145条|145|条|exact|amount|在信息公示栏、宣传展板、工作手册公开内容
5条|5|条|exact|amount|在眉山日报、四川农村日报公开发布工作动态
