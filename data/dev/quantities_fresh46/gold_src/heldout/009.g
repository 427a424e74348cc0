一名|1|名|exact|amount|工作人员
27个|27|个|exact|amount|村(社区)政府信息查阅点
七个|7|个|exact|amount|小类
33条|33|条|exact|amount|在网站主动公开政府信息
100%|100|%|exact|share|全文电子化
