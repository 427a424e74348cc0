7项|7|项|exact|amount|省级试点
2项|2|项|exact|amount|省级荣誉
2次|2|次|exact|amount|省级以上会议
2次|2|次|exact|amount|获省厅、部级领导批示肯定
2次|2|次|exact|amount|全省现场会交流发言
