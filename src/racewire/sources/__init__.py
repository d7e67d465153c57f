"""Raw files in, typed records out. Knows nothing of the database."""

#: where ``racewire sync`` refreshes the history from, one file per series (stem: cup, nxs, truck)
HISTORY_URL = "https://nascar.kylegrealis.com/{stem}_series.parquet"
#: the credit the history's source asks for wherever its data is shown
CREDIT = ("Results: nascaR.data (github.com/kyleGrealis/nascaR.data, GPL-3+), "
          "compiled with permission from DriverAverages.com")
