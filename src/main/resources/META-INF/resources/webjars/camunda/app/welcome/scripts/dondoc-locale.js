/*
 * DonDoc: Vietnamese by default in Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), English on request.
 *
 * Camunda picks the language once, from the browser's first preferred language if it is in
 * `locales.availableLocales`, else `locales.fallbackLocale`; it has no language menu and remembers nothing.
 * Most of our users' browsers say "en", so this module (loaded through `customScripts` in each app's
 * config.js, before Angular starts) overrides that choice:
 *   - the language is the one saved under localStorage key `dondoc.webapp.locale`, else 'vi';
 *   - `?lang=en` or `?lang=vi` in the address saves a choice (handy for links and tests);
 *   - a small "Tiếng Việt · English" switch at the bottom centre of the page saves a choice and reloads.
 * It also applies the config's `dateFormat` (Cockpit ignores it otherwise) and keeps moment.js in the
 * chosen language (Camunda's loader switches moment to whichever locale file arrives last).
 * Shared by all four apps: referenced as '../welcome/scripts/dondoc-locale' from the other apps.
 */
const STORAGE_KEY = 'dondoc.webapp.locale';
const SUPPORTED = ['vi', 'en'];
const DEFAULT_LOCALE = 'vi';
const LABELS = { vi: 'Tiếng Việt', en: 'English' };

function readStored() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null; // storage disabled: fall back to the default
  }
}

function store(locale) {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch (e) {
    // storage disabled: the choice lasts for this page only
  }
}

function chosenLocale(search = window.location.search, stored = readStored()) {
  const requested = new URLSearchParams(search).get('lang');
  if (SUPPORTED.includes(requested)) {
    store(requested);
    return requested;
  }
  return SUPPORTED.includes(stored) ? stored : DEFAULT_LOCALE;
}

const appName = document.querySelector('base').getAttribute('app-name');
const appConf = window[`cam${appName.charAt(0).toUpperCase()}${appName.slice(1)}Conf`] || {};
const initialLocale = chosenLocale();
document.documentElement.lang = initialLocale;

function momentOf($injector) {
  if ($injector.has('moment')) {
    return $injector.get('moment');
  }
  return window.moment;
}

function addSwitch() {
  const box = document.createElement('div');
  box.className = 'dondoc-locale-switch';
  Object.assign(box.style, {
    // bottom centre: the footer's left and right hold Camunda's time zone and version notes
    position: 'fixed', left: '50%', transform: 'translateX(-50%)', bottom: '4px', zIndex: '2000', fontSize: '12px',
    background: 'rgba(255,255,255,0.9)', padding: '2px 6px', borderRadius: '3px'
  });
  SUPPORTED.forEach((locale, i) => {
    if (i > 0) {
      box.appendChild(document.createTextNode(' · '));
    }
    const link = document.createElement('a');
    link.href = '';
    link.lang = locale;
    link.dataset.locale = locale;
    link.textContent = LABELS[locale];
    link.addEventListener('click', event => {
      event.preventDefault();
      store(locale);
      // reload rather than $translate.use(): some of Camunda's labels are translated once and would stay stale
      window.location.reload();
    });
    box.appendChild(link);
  });
  document.body.appendChild(box);
  return box;
}

const custom = window.angular.module(`cam.${appName}.custom`);

custom.config(['$translateProvider', '$injector', function ($translateProvider, $injector) {
  // runs after Camunda's own config blocks, so this wins over determinePreferredLanguage()
  $translateProvider.preferredLanguage(initialLocale);
  if (appConf.dateFormat && $injector.has('camDateFormatProvider')) {
    const formats = $injector.get('camDateFormatProvider');
    Object.keys(appConf.dateFormat).forEach(name => formats.setDateFormat(appConf.dateFormat[name], name));
  }
}]);

custom.run(['$rootScope', '$translate', '$injector', function ($rootScope, $translate, $injector) {
  const moment = momentOf($injector);
  let box = null;
  const apply = () => {
    const locale = $translate.use() || initialLocale;
    document.documentElement.lang = locale;
    if (moment && moment.locales().includes(locale)) {
      moment.locale(locale);
    }
    if (box) {
      box.querySelectorAll('a').forEach(a => {
        a.style.fontWeight = a.dataset.locale === locale ? 'bold' : 'normal';
      });
    }
  };
  // fired after each locale file is loaded (the fallback one too) and after every switch
  $rootScope.$on('$translateChangeEnd', apply);
  box = addSwitch();
  apply();
}]);
