17.96萬(wàn)畝|179600|亩|exact|amount|種植土地面積
17.93萬(wàn)畝|179300|亩|exact|amount|計劃收獲面積
六個|6|个|exact|amount|工作組
