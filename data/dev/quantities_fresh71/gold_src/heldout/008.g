3.2萬元|32000|元|exact|amount|投入
14個|14|个|exact|amount|自然村
5盞|5|盏|exact|amount|太陽能路燈
70盞|70|盏|exact|amount|路燈
5盞|5|盏|exact|amount|太陽能路燈
5盞|5|盏|exact|amount|路燈
14個|14|个|exact|amount|自然村
