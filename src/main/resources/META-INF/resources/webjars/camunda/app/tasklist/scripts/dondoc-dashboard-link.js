/*
 * DonDoc: a "Bảng điều khiển" entry in Tasklist's header, linking back to DonDoc's dashboard.
 * Tasklist's config has no links option; a frontend plugin at 'tasklist.navbar.action' is the supported way.
 */
export default {
  id: 'dondoc.dashboardLink',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render(node) {
    const link = document.createElement('a');
    link.href = '/dashboard';
    link.className = 'dondoc-dashboard-link';
    // dondoc-locale.js has set <html lang> to the chosen language before plugins render
    const english = document.documentElement.lang === 'en';
    link.textContent = english ? 'Dashboard' : 'Bảng điều khiển';
    link.title = english ? 'Follow up the implementation of conclusions' : 'Theo dõi, đôn đốc thực hiện kết luận';
    node.appendChild(link);
  }
};
