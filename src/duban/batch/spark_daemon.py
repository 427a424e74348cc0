"""Spark's Python daemon with the pipeline loaded: the workers it forks start ready.

Spark starts one Python daemon per executor (``pyspark.daemon``) and forks a worker from it
for each task it runs in Python. Named as ``spark.python.daemon.module``
(`duban.batch.spark.LOCAL_DEFAULTS`), this module loads duban's pipeline and its language
tables once (`records.warm_up`), then runs Spark's own daemon: every forked worker shares
what was loaded instead of loading it again.
"""

from __future__ import annotations

if __name__ == "__main__":
    from pyspark import daemon

    from duban.batch.records import warm_up

    warm_up()  # prints nothing: the daemon's stdout carries its port to the JVM
    daemon.manager()
