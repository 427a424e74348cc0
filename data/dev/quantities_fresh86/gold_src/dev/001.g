約三億七千萬元|370000000|元|about|amount|整建工程總經費
三億元|300000000|元|exact|amount|由市府編列
七千萬元|70000000|元|exact|amount|由中央爭取補助
三項|3|项|exact|amount|重大建設
