43名|43|名|exact|amount|人大代表
50余人|50|人|over|amount|列席会议
