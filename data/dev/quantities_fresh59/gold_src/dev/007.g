400条|400|条|exact|amount|门户网站公开信息
207条|207|条|exact|amount|通过传统媒体、信息公开栏等平台公开
3件|3|件|exact|amount|收到政府信息公开申请
342条|342|条|exact|amount|吴兴人力资源新媒体编辑推送
