3個|3|个|exact|amount|黨員群眾服務中心
1家|1|家|exact|amount|購物中心
3個|3|个|exact|amount|便民停車場
