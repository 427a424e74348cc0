7处|7|处|exact|amount|社区服务中心
7处|7|处|exact|amount|社区服务中心
4处|4|处|exact|amount|社区服务中心
6处|6|处|exact|amount|社区服务中心
