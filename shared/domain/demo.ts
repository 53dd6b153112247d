export interface DemoStatus {
  /** True while the database holds no storefronts: the first-start screen offers the demo shop. */
  empty: boolean;
  /** True once the demo shop was generated into this database. */
  isDemo: boolean;
}
