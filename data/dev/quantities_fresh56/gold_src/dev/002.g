251项|251|项|exact|amount|重点任务
251项|251|项|exact|amount|重点任务
251项|251|项|exact|amount|重点任务
100家|100|家|exact|amount|链长单位
1000家|1000|家|exact|amount|发展伙伴
