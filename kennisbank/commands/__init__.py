"""The subcommands of `kennisbank` beyond check, build, serve and pages: the link checker, the editors'
tools and the factsheet PDFs. They sit at the top with `kennisbank.cli`: they may use every layer."""
