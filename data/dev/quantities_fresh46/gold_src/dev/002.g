140条|140|条|exact|amount|全镇共公开政府信息
