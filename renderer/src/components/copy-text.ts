// Puts text on the clipboard for pasting into a phone message or chat. The async clipboard needs a
// secure, focused page; where it is refused, a hidden textarea and the copy command still work.
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the textarea
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('无法写入剪贴板，请手动选中文字复制。');
}
