/*
 * DonDoc: Vietnamese validation messages in Camunda Forms. form-js 1.8 (Tasklist's form renderer) writes them in
 * English only ("Field is required.") and offers no translation hook, so this module rewrites each message as
 * form-js renders it, while the page is in Vietnamese (<html lang="vi">, set by ../../welcome/scripts/dondoc-locale).
 * form-js re-renders from its own state, not from the DOM, so a rewritten text stays until the error changes.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Bắt buộc nhập.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Chỉ được nhập tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Giá trị nhỏ nhất là ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Giá trị lớn nhất là ${n}.`],
  [/^Field must match pattern (.+)\.$/, p => `Giá trị phải đúng mẫu ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\./, () => 'Số điện thoại không hợp lệ (dạng quốc tế, ví dụ +84912345678).']
];

function vietnamese(message) {
  const text = message.trim();
  for (const [pattern, render] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return render(...match.slice(1));
    }
  }
  return null;
}

function translateWithin(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  // only inside a Camunda Form: the rest of Tasklist changes often and is left alone
  if (!element || document.documentElement.lang !== 'vi' || !element.closest('.fjs-container')) {
    return;
  }
  const own = element.closest('.fjs-form-field-error');
  const boxes = own ? [own] : element.querySelectorAll('.fjs-form-field-error');
  boxes.forEach(box => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const translated = vietnamese(t.nodeValue);
      if (translated) {
        t.nodeValue = translated;
      }
    }
  });
}

new MutationObserver(mutations => mutations.forEach(m => {
  translateWithin(m.target);
  m.addedNodes.forEach(translateWithin);
})).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
