5.24万根|52400|根|exact|amount|木薯苗
4个|4|个|exact|amount|垦造水田项目
199.6亩|199.6|亩|exact|amount|垦造水田项目
109.7亩|109.7|亩|exact|amount|已形成指标落实种植
125.18亩|125.18|亩|exact|amount|完成耕地恢复
