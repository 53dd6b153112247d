/** Usage text: printed for --help on stdout, and with every usage error (exit 1) on stderr. */
export const usage = `Usage: channeldesk <command> [options]

Commands:
  init [--currency CNY] [--timezone Asia/Shanghai] [--lang zh-CN|en]
                                   create or migrate the database; set base currency, shop time zone, language
  storefront add --name NAME --platform P [--currency C] [--timezone TZ] [--role core|auxiliary|pilot]
                 [--commission PCT] [--payment-fee PCT] [--fixed-fee AMOUNT] [--shipping AMOUNT]
                                   add a storefront (percent and amounts in human units: 5 = 5 %, 8.50)
  storefront list                  list storefronts
  fx add --currency USD --date YYYY-MM-DD --rate 7.12
                                   add or correct an exchange rate (base-currency units per 1 USD)
  demo [--orders N] [--seed S]     create the demo shop in an empty database
  import orders --storefront NAME [--format auto|shopify|amazon|ebay|etsy|woocommerce|taobao|jd|pinduoduo|douyin] FILE...
                                   import a storefront's order export (csv/tsv/xlsx, any encoding; a Taobao or
                                   Etsy orders + items pair together); all or nothing, exit 2 lists every problem
  import fees --storefront NAME FILE...
                                   attach actual fees (Amazon settlement / date range, Shopify Payments) to orders
  import products FILE             add or update SKUs from csv/xlsx (all or nothing; exit 2 lists every problem)
  export products --out FILE [--lang zh-CN|en]
                                   write the whole catalog as .xlsx or .csv in the import columns
  kpis --from YYYY-MM-DD --to YYYY-MM-DD [--storefront NAME]
                                   sales, profit and customer figures of valid orders in the period (base currency)
  report monthly --month YYYY-MM --out FILE.xlsx [--lang zh-CN|en]
                                   the monthly Excel report (summary vs previous month and last year, storefronts,
                                   products, every order line); a month without orders is written with zeros
  template products --out FILE [--lang zh-CN|en]
                                   write an empty import template (.xlsx adds a sheet explaining the columns)
  check                            integrity check, foreign keys and schema version
  backup --out FILE                copy the database with SQLite's online backup
  restore FILE                     replace the database with a backup (the current one is kept first)

Options for every command:
  --db FILE    the database file (default: the desktop app's data file)
  --json       machine-readable output on stdout; messages go to stderr
  -h, --help   show this help

Exit codes: 0 ok, 1 usage error, 2 input rejected (nothing written), 3 other failure.
`;
