68户|68|户|exact|amount|计划今年脱贫
260人|260|人|exact|amount|计划今年脱贫
77户|77|户|exact|amount|今年实现脱贫
288人|288|人|exact|amount|今年实现脱贫
