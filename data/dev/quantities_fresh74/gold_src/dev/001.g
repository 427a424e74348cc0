85%|85|%|exact|share|烤烟收购任务
13120余担|13120|担|over|amount|烤烟收购任务
85%|85|%|exact|share|总任务数
6520余亩|6520|亩|over|amount|烤烟种植面积
16400担|16400|担|exact|amount|合同收购任务数
