// DonDoc: what the four webapps' config.js have in common (each webapp loads its scripts/config.js as an ES
// module, which imports this file). Language choice: see dondoc-locale.js next to this file.

/**
 * A webapp's configuration: DonDoc's name in the header and the tab ("DonDoc — <name>"), Vietnamese dates and
 * language, Camunda's first-visit greeting off. `options` adds to it: `dateFormat` entries override the common
 * ones, `customScripts` come after the locale script, anything else is passed to the webapp as it is.
 */
export default function dondocConfig(name, options = {}) {
  const {dateFormat = {}, customScripts = [], ...rest} = options;
  return {
    app: {
      // the header and the browser tab show "<vendor> <name>"
      vendor: 'DonDoc —',
      name
    },
    dateFormat: {
      monthName: 'MMMM',
      day: 'DD',
      abbr: 'DD/MM/YYYY HH:mm',
      normal: 'DD/MM/YYYY HH:mm',
      long: 'dddd, DD/MM/YYYY HH:mm',
      short: 'DD/MM/YYYY',
      ...dateFormat
    },
    locales: {
      availableLocales: ['vi', 'en'],
      fallbackLocale: 'vi'
    },
    // Camunda's login form (shown after its own "Đăng xuất") would greet every fresh browser as a first-time
    // Camunda user and point to Camunda's welcome page: not DonDoc's wording, so it stays off.
    disableWelcomeMessage: true,
    // Vietnamese by default, "Tiếng Việt · English" switch, date formats (the path is relative to the webapp)
    customScripts: ['../welcome/scripts/dondoc-locale', ...customScripts],
    ...rest
  };
}
