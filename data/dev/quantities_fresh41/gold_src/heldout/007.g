30斤左右|30|斤|about|amount|成熟的硒砂瓜
半個(gè)月|0.5|月|exact|duration|硒砂瓜就成熟
1500米|1500|米|exact|amount|平均海拔
250毫升左右|250|毫升|about|amount|年均降水量
2000毫升|2000|毫升|exact|amount|年蒸發量
500元|500|元|exact|amount|人均年收入
