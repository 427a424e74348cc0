60㎡|60|平方米|exact|amount|党校培训场地
320㎡|320|平方米|exact|amount|党校培训场地
18期|18|期|exact|amount|培训班
980人次|980|人次|exact|amount|培训党员干部
13次|13|次|exact|amount|中心组学习
37个|37|个|exact|amount|“第一议题”学习专题
182本|182|本|exact|amount|《习近平谈治国理政》第四卷
