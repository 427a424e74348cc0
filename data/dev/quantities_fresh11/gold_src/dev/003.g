1585项|1585|项|exact|amount|工作事项
310项|310|项|exact|amount|履职事项
5次|5|次|exact|amount|专项法律服务
22亩|22|亩|exact|amount|盘活闲置资源
