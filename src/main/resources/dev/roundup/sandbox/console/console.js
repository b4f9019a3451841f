// The sandbox console: renders the emulated workspace as the person picked sees it, and turns
// what they do (post, run a command, press a button, submit a modal, move the clock) into calls
// to the console's API. Updates arrive as server-sent events; nothing is loaded from elsewhere.
'use strict';

const ui = {
  me: localStorage.getItem('roundup.sandbox.as') || '',
  state: null,          // /api/state for the person acting
  channel: null,        // the channel shown (id), or null on the App Home
  onHome: false,
  thread: null,         // {channel, ts} of the open thread
  tab: 'calls',
  // The number of the next Web API call to fetch (the emulator numbers them from 0).
  callsNext: 0,
  highlight: null,      // ts of a message to highlight once shown
  modalErrors: {},
  modalId: null,
};

// ---- Talking to the console API --------------------------------------------------------------

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  const json = await response.json();
  if (!response.ok || json.ok === false) {
    throw new Error(json.error || ('HTTP ' + response.status));
  }
  return json;
}

function query(params) {
  return Object.entries(params).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
}

// ---- Small DOM helpers -----------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'html') node.innerHTML = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const $ = (id) => document.getElementById(id);
// How many Web API calls the developer's panel lists at most (the newest).
const CALLS_SHOWN = 1000;

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Slack escapes &, < and > in message text; the console shows the characters.
function unescapeSlack(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function me() {
  return ui.state.users.find((u) => u.id === ui.state.me);
}

function user(id) {
  return ui.state.users.find((u) => u.id === id);
}

function visibleChannel(id) {
  return ui.state.channels.find((c) => c.id === id);
}

// ---- mrkdwn ----------------------------------------------------------------------------------

const PERMALINK = /^https:\/\/([a-z0-9-]+)\.slack\.com\/archives\/([A-Z0-9]+)\/p(\d+)(\d{6})(?:\?thread_ts=([\d.]+)(?:&cid=[A-Z0-9]+)?)?$/;

function renderToken(token) {
  const [target, label] = splitOnce(token, '|');
  if (target.startsWith('@')) {
    const u = user(target.substring(1));
    const name = u ? (u.displayName || u.name) : (label || target.substring(1));
    const cls = u && u.id === ui.state.me ? 'mention me' : 'mention';
    return '<span class="' + cls + '">@' + escapeHtml(name) + '</span>';
  }
  if (target.startsWith('#')) {
    const c = visibleChannel(target.substring(1));
    // A private channel the person is not in stays unnamed, as in Slack.
    if (!c) return '<span class="mention">#private-channel</span>';
    return '<a href="#" class="mention channel-mention" data-channel="' + c.id + '">#' + escapeHtml(c.name) + '</a>';
  }
  if (target.startsWith('!')) {
    const special = target.substring(1).split('^')[0];
    if (special === 'date') return escapeHtml(unescapeSlack(token.split('^').pop().split('|').pop()));
    return '<span class="mention">@' + escapeHtml(label || special) + '</span>';
  }
  const url = unescapeSlack(target);
  const text = escapeHtml(unescapeSlack(label || target));
  const permalink = PERMALINK.exec(url);
  if (permalink) {
    return '<a href="' + escapeHtml(url) + '" class="permalink" data-channel="' + permalink[2]
      + '" data-ts="' + permalink[3] + '.' + permalink[4] + '"'
      + (permalink[5] ? ' data-thread="' + permalink[5] + '"' : '') + '>' + text + '</a>';
  }
  if (!/^(https?:|mailto:)/.test(url)) return text;
  return '<a href="' + escapeHtml(url) + '" target="_blank" rel="noopener noreferrer">' + text + '</a>';
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, null] : [text.substring(0, at), text.substring(at + 1)];
}

/** Slack's mrkdwn as HTML: *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes, links, mentions. */
function mrkdwn(text) {
  const held = [];
  const hold = (html) => '\u0000' + (held.push(html) - 1) + '\u0000';
  let s = text || '';
  s = s.replace(/```([\s\S]*?)```/g, (m, code) => hold('<pre>' + escapeHtml(unescapeSlack(code)) + '</pre>'));
  s = s.replace(/`([^`\n]+)`/g, (m, code) => hold('<code>' + escapeHtml(unescapeSlack(code)) + '</code>'));
  s = s.replace(/<([^<>\n]+)>/g, (m, token) => hold(renderToken(token)));
  s = escapeHtml(unescapeSlack(s));
  const edge = '(^|[\\s(\\u0000"\'“])';
  const end = '(?=$|[\\s.,;:!?)\\u0000"\'”])';
  s = s.replace(new RegExp(edge + '\\*([^*\\n]+?)\\*' + end, 'g'), '$1<b>$2</b>');
  s = s.replace(new RegExp(edge + '_([^_\\n]+?)_' + end, 'g'), '$1<i>$2</i>');
  s = s.replace(new RegExp(edge + '~([^~\\n]+?)~' + end, 'g'), '$1<s>$2</s>');
  s = s.split('\n').map((line) => line.startsWith('&gt; ')
    ? '<blockquote>' + line.substring(5) + '</blockquote>' : line).join('\n');
  s = s.replace(/\n/g, '<br>').replace(/<\/blockquote><br>/g, '</blockquote>');
  return s.replace(/\u0000(\d+)\u0000/g, (m, i) => held[Number(i)]);
}

function textObject(t) {
  if (!t) return el('span');
  if (t.type === 'mrkdwn') return el('span', {html: mrkdwn(t.text)});
  return el('span', {}, t.text);
}

// ---- Block Kit -------------------------------------------------------------------------------

/** Renders blocks; ctx says where buttons report to ({channel, ts} of a message, or {viewId}). */
function renderBlocks(blocks, ctx) {
  return blocks.map((block, i) => renderBlock(block, i, ctx));
}

function renderBlock(block, index, ctx) {
  switch (block.type) {
    case 'section': {
      const section = el('div', {class: 'bk-section'});
      const text = el('div', {class: 'bk-text'});
      if (block.text) text.append(textObject(block.text));
      if (block.fields) text.append(el('div', {class: 'bk-fields'}, block.fields.map((f) => el('div', {}, textObject(f)))));
      section.append(text);
      if (block.accessory) section.append(renderElement(block.accessory, block, index, ctx));
      return section;
    }
    case 'header':
      return el('div', {class: 'bk-header'}, textObject(block.text));
    case 'context':
      return el('div', {class: 'bk-context'}, (block.elements || []).map((e) =>
        e.type === 'image' ? el('span', {}, '[' + (e.alt_text || 'image') + '] ') : textObject(e)));
    case 'divider':
      return el('hr', {class: 'bk-divider'});
    case 'actions':
      return el('div', {class: 'bk-actions'}, (block.elements || []).map((e) => renderElement(e, block, index, ctx)));
    case 'input':
      return renderInput(block, index, ctx);
    case 'rich_text':
      return el('div', {class: 'bk-rich-text'}, (block.elements || []).map(renderRichText));
    case 'image':
      return el('div', {class: 'bk-context'}, '[image: ' + (block.alt_text || '') + ']');
    default:
      return el('div', {class: 'bk-unsupported'}, '[a ' + block.type + ' block, which the console does not show]');
  }
}

function renderElement(element, block, index, ctx) {
  if (element.type === 'button') {
    return el('button', {
      type: 'button',
      class: 'bk-button' + (element.style ? ' ' + element.style : ''),
      'data-action-id': element.action_id,
      'data-value': element.value,
      onclick: (event) => press(ctx, element, event.currentTarget),
    }, element.text ? element.text.text : element.action_id);
  }
  if (element.type === 'image') return el('span', {}, '[' + (element.alt_text || 'image') + ']');
  return el('span', {class: 'bk-unsupported'}, '[' + element.type + ']');
}

function renderRichText(part) {
  const parts = (part.elements || []).map((e) => {
    switch (e.type) {
      case 'text': return el('span', {}, e.text);
      case 'link': return el('span', {html: renderToken(e.url + (e.text ? '|' + e.text : ''))});
      case 'user': return el('span', {html: renderToken('@' + e.user_id)});
      case 'channel': return el('span', {html: renderToken('#' + e.channel_id)});
      case 'emoji': return el('span', {}, ':' + e.name + ':');
      default: return part.elements ? renderRichText(e) : el('span');
    }
  });
  return el(part.type === 'rich_text_preformatted' ? 'pre' : 'div', {}, parts);
}

async function press(ctx, element, button) {
  // A button with a confirm dialog asks first, as Slack's client does.
  const c = element.confirm;
  if (c && !window.confirm([c.title && c.title.text, c.text && c.text.text].filter(Boolean).join('\n\n'))) {
    return;
  }
  button.disabled = true;
  const request = {as: ui.me, actionId: element.action_id, value: element.value};
  if (ctx.viewId) request.viewId = ctx.viewId;
  else Object.assign(request, {channel: ctx.channel, ts: ctx.ts});
  try {
    await api('/api/press', request);
  } catch (e) {
    showError(ctx.viewId ? 'modal-error' : 'composer-error', e.message);
  } finally {
    button.disabled = false;
  }
}

// ---- Modals: inputs ---------------------------------------------------------------------------

function renderInput(block, index, ctx) {
  const blockId = block.block_id || ('b' + index);
  const element = block.element || {};
  const id = 'input-' + blockId + '-' + element.action_id;
  const wrap = el('div', {class: 'bk-input', 'data-block-id': blockId, 'data-action-id': element.action_id,
    'data-type': element.type});
  wrap.append(el('label', {class: 'bk-label', for: id}, block.label ? block.label.text : blockId,
    block.optional ? el('span', {class: 'optional'}, ' (optional)') : null));
  wrap.append(inputControl(element, id));
  if (block.hint) wrap.append(el('div', {class: 'bk-hint'}, block.hint.text));
  const error = (ctx.errors || {})[blockId];
  if (error) wrap.append(el('div', {class: 'bk-error'}, error));
  return wrap;
}

function pickableConversations(element) {
  const include = element.filter && element.filter.include;
  return ui.state.channels.filter((c) => c.kind === 'channel' && !c.archived && (!include
    || (c.private ? include.includes('private') : include.includes('public'))));
}

function inputControl(element, id) {
  const placeholder = element.placeholder ? element.placeholder.text : '';
  switch (element.type) {
    case 'plain_text_input':
      return element.multiline
        ? el('textarea', {id, placeholder, rows: 3}, element.initial_value || '')
        : el('input', {id, type: 'text', placeholder, value: element.initial_value || ''});
    case 'multi_conversations_select':
    case 'multi_channels_select': {
      const initial = element.initial_conversations || element.initial_channels || [];
      return el('div', {class: 'bk-choices', id, role: 'group'}, pickableConversations(element).map((c) =>
        el('label', {}, el('input', {type: 'checkbox', value: c.id, checked: initial.includes(c.id)}),
          ' ', channelMark(c), c.name)));
    }
    case 'conversations_select':
    case 'channels_select': {
      const initial = element.initial_conversation || element.initial_channel;
      return el('select', {id}, el('option', {value: ''}, placeholder || 'Pick a channel'),
        pickableConversations(element).map((c) => el('option', {value: c.id, selected: c.id === initial},
          (c.private ? '(private) ' : '#') + c.name)));
    }
    case 'static_select':
      return el('select', {id}, el('option', {value: ''}, placeholder || 'Pick one'),
        (element.options || []).map((o) => el('option', {value: o.value,
          selected: element.initial_option && element.initial_option.value === o.value}, o.text.text)));
    case 'multi_static_select':
    case 'checkboxes': {
      const initial = (element.initial_options || []).map((o) => o.value);
      return el('div', {class: 'bk-choices', id, role: 'group'}, (element.options || []).map((o) =>
        el('label', {}, el('input', {type: 'checkbox', value: o.value, checked: initial.includes(o.value)}),
          ' ' + o.text.text)));
    }
    case 'datepicker':
      return el('input', {id, type: 'date', value: element.initial_date || ''});
    case 'timepicker':
      return el('input', {id, type: 'time', value: element.initial_time || ''});
    default:
      return el('div', {class: 'bk-unsupported', id}, '[' + element.type + ' input, which the console cannot fill]');
  }
}

function inputValues(container) {
  const values = {};
  for (const wrap of container.querySelectorAll('.bk-input')) {
    const control = wrap.querySelector('[id^="input-"]');
    let value;
    switch (wrap.dataset.type) {
      case 'multi_conversations_select':
      case 'multi_channels_select':
      case 'multi_static_select':
      case 'checkboxes':
        value = [...control.querySelectorAll('input:checked')].map((i) => i.value);
        break;
      default:
        value = control && 'value' in control ? control.value : null;
    }
    values[wrap.dataset.blockId] = values[wrap.dataset.blockId] || {};
    values[wrap.dataset.blockId][wrap.dataset.actionId] = value;
  }
  return values;
}

function renderModal() {
  const view = ui.state.modal;
  const backdrop = $('modal-backdrop');
  if (!view) {
    backdrop.hidden = true;
    ui.modalId = null;
    return;
  }
  if (ui.modalId === view.id + ':' + view.hash && !backdrop.hidden) return; // keep what was typed
  if (ui.modalId && !ui.modalId.startsWith(view.id + ':')) ui.modalErrors = {};
  ui.modalId = view.id + ':' + view.hash;
  $('modal-title').textContent = view.title ? view.title.text : '';
  $('modal-blocks').replaceChildren(...renderBlocks(view.blocks || [], {viewId: view.id, errors: ui.modalErrors}));
  $('modal-close').textContent = view.close ? view.close.text : 'Cancel';
  $('modal-submit').hidden = !view.submit;
  $('modal-submit').textContent = view.submit ? view.submit.text : 'Submit';
  $('modal-error').textContent = '';
  backdrop.hidden = false;
}

async function submitModal(event) {
  event.preventDefault();
  const view = ui.state.modal;
  if (!view) return;
  $('modal-submit').disabled = true;
  try {
    const answer = await api('/api/submit', {as: ui.me, viewId: view.id, values: inputValues($('modal-blocks'))});
    ui.modalErrors = answer.errors || {};
    if (!answer.closed) {
      ui.modalId = null; // show the errors
      if (answer.warning) showError('modal-error', answer.warning);
    }
    await refresh();
  } catch (e) {
    showError('modal-error', e.message);
  } finally {
    $('modal-submit').disabled = false;
  }
}

async function closeModal() {
  const view = ui.state.modal;
  if (!view) return;
  ui.modalErrors = {};
  await api('/api/close-view', {as: ui.me, viewId: view.id}).catch((e) => showError('modal-error', e.message));
  await refresh();
}

// ---- Messages -------------------------------------------------------------------------------

function initials(u) {
  return (u ? (u.bot ? 'R' : u.realName || u.name) : '?').substring(0, 1).toUpperCase();
}

function timeOf(ts, options) {
  const tz = me() ? me().tz : 'UTC';
  return new Intl.DateTimeFormat('en-GB', Object.assign({timeZone: tz}, options)).format(new Date(parseFloat(ts) * 1000));
}

function renderMessage(m, channelId, inThread) {
  const author = user(m.user);
  // An integration's post (an export's bot_message) has a name and no user.
  const isBot = author ? author.bot : !!m.username;
  const node = el('div', {class: 'message' + (m.ephemeral ? ' ephemeral' : ''), 'data-ts': m.ts,
    'data-user': m.user, id: (inThread ? 't-' : 'm-') + m.ts.replace('.', '-')});
  node.append(el('div', {class: 'avatar' + (isBot ? ' bot' : '')},
    m.username && !author ? m.username.substring(0, 1).toUpperCase() : initials(author)));
  const body = el('div', {class: 'body'});
  body.append(el('div', {class: 'meta'},
    el('span', {class: 'author'}, author ? (author.bot ? 'Roundup' : author.realName) : (m.username || m.user)),
    isBot ? el('span', {class: 'tag'}, 'APP') : null,
    el('span', {class: 'time', title: timeOf(m.ts, {dateStyle: 'full', timeStyle: 'long'})},
      timeOf(m.ts, {hour: '2-digit', minute: '2-digit'})),
    m.edited ? el('span', {class: 'edited'}, '(edited)') : null,
    m.ephemeral ? el('span', {class: 'only-you'}, 'Only visible to you') : null));
  const content = el('div', {class: 'content'});
  if (m.blocks && m.blocks.length && m.blocks.some((b) => b.type !== 'rich_text')) {
    content.append(...renderBlocks(m.blocks, {channel: channelId, ts: m.ts}));
  } else {
    content.innerHTML = mrkdwn(m.subtype === 'channel_join' ? (author ? author.realName : m.user) + ' joined the channel' : m.text);
  }
  body.append(content);
  if (m.files && m.files.length) {
    body.append(el('div', {class: 'files'}, ...m.files.map((f) =>
      el('span', {class: 'file', title: f.filetype}, '\u{1F4CE} ' + f.name))));
  }
  if (!inThread && m.replyCount) {
    body.append(el('a', {class: 'thread-link', 'data-ts': m.ts,
      onclick: () => openThread(channelId, m.ts)}, m.replyCount + (m.replyCount === 1 ? ' reply' : ' replies')));
  }
  node.append(body);
  return node;
}

// Messages already drawn are kept as they are when nothing in them changed, so the page does not
// flicker, a half-read message does not jump, and what a person is pointing at stays put.
const drawn = new WeakMap();

function renderTimeline(container, messages, channelId, inThread) {
  const before = drawn.get(container) || new Map();
  const now = new Map();
  const nodes = [];
  let day = null;
  for (const m of messages) {
    const thisDay = timeOf(m.ts, {weekday: 'long', day: 'numeric', month: 'long'});
    if (!inThread && thisDay !== day) {
      nodes.push(el('div', {class: 'day'}, thisDay));
      day = thisDay;
    }
    const signature = JSON.stringify(m) + '|' + ui.me + '|' + channelId;
    const kept = before.get(m.ts);
    const node = kept && kept.signature === signature ? kept.node : renderMessage(m, channelId, inThread);
    now.set(m.ts, {signature, node});
    nodes.push(node);
  }
  drawn.set(container, now);
  const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 40;
  container.replaceChildren(...nodes);
  if (atBottom || container.dataset.for !== channelId) container.scrollTop = container.scrollHeight;
  container.dataset.for = channelId;
}

function merge(messages, ephemerals) {
  return [...messages, ...ephemerals].sort((a, b) => parseFloat(a.ts) - parseFloat(b.ts));
}

// ---- Loading and rendering the views --------------------------------------------------------

async function loadState() {
  ui.state = await api('/api/state?' + query({as: ui.me}));
  renderTopbar();
  renderSidebar();
  renderModal();
  renderFaultMethods();
}

function renderTopbar() {
  $('team-domain').textContent = ui.state.team.domain + '.slack.com';
  const picker = $('person-picker');
  const people = ui.state.users.filter((u) => !u.bot);
  if (picker.options.length !== people.length) {
    picker.replaceChildren(...people.map((u) => el('option', {value: u.id}, u.realName + ' (' + u.tz + ')')));
  }
  picker.value = ui.me;
  const tz = me().tz;
  const now = new Date(ui.state.clock.now);
  $('clock-now').textContent = new Intl.DateTimeFormat('en-GB', {timeZone: tz, weekday: 'short', day: 'numeric',
    month: 'short', hour: '2-digit', minute: '2-digit'}).format(now) + ' ' + tz;
  $('clock-now').dataset.epochMillis = ui.state.clock.now;
}

// A padlock drawn inline (no emoji font is needed): private channels are marked with it.
const LOCK = '<svg class="lock" viewBox="0 0 16 16" width="12" height="12" aria-label="private" role="img">'
  + '<path fill="currentColor" d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z"/></svg>';

function channelMark(c) {
  return c.private ? el('span', {class: 'mark private-mark', title: 'Private channel', html: LOCK + ' '})
    : el('span', {class: 'mark'}, '# ');
}

function renderSidebar() {
  const channels = ui.state.channels.filter((c) => c.kind === 'channel');
  const dms = ui.state.channels.filter((c) => c.kind !== 'channel');
  const item = (c) => el('a', {
    href: '#', 'data-channel': c.id, 'data-name': c.name, 'data-kind': c.kind,
    class: 'nav-item channel-link' + (c.id === ui.channel && !ui.onHome ? ' active' : '') + (c.member ? '' : ' not-member'),
    title: c.private ? 'Private channel' : (c.member ? '' : 'You are not in this channel'),
    onclick: (event) => { event.preventDefault(); openChannel(c.id); },
  }, c.kind === 'channel' ? channelMark(c) : '', c.label, c.kind === 'app' ? el('span', {class: 'tag'}, 'APP') : null);
  $('channel-list').replaceChildren(...channels.map(item));
  $('dm-list').replaceChildren(...dms.map(item));
  $('home-link').classList.toggle('active', ui.onHome);
}

async function loadChannel() {
  if (ui.onHome) return;
  if (!ui.channel || !visibleChannel(ui.channel)) {
    const general = ui.state.channels.find((c) => c.name === 'general' && c.member)
      || ui.state.channels.find((c) => c.kind === 'channel' && c.member) || ui.state.channels[0];
    ui.channel = general.id;
    renderSidebar();
  }
  const data = await api('/api/channel?' + query({as: ui.me, channel: ui.channel}));
  const c = data.channel;
  $('channel-header').replaceChildren(...[
    el('span', {id: 'channel-title'}, c.kind === 'channel' ? channelMark(c) : null, c.kind === 'channel' ? c.name : c.label),
    c.kind === 'channel' ? el('span', {class: 'detail'}, (c.botMember ? 'Roundup is in this channel' : 'Roundup is not in this channel')) : null,
    !c.member && !c.private && c.kind === 'channel'
      ? el('button', {type: 'button', id: 'join-channel', onclick: () => join(c.id)}, 'Join channel') : null,
  ].filter(Boolean));
  $('messages').hidden = false;
  $('home').hidden = true;
  renderTimeline($('messages'), merge(data.messages, data.ephemerals), c.id, false);
  const composer = $('composer');
  composer.hidden = false;
  composer.classList.toggle('disabled', !c.canPost);
  $('composer-input').disabled = !c.canPost;
  $('composer-send').disabled = !c.canPost;
  $('composer-input').placeholder = c.canPost ? 'Message ' + (c.kind === 'channel' ? '#' + c.name : c.label) : c.cannotPost;
  $('composer-hint').textContent = c.canPost ? 'Try @roundup in a thread, @roundup summarize last 3 days, '
    + ui.state.commands.join(', ') + ' (e.g. /task every weekday at 9am remind me to send the update).' : '';
  flashHighlight($('messages'), 'm-');
}

async function loadThread() {
  if (!ui.thread) return;
  try {
    const data = await api('/api/thread?' + query({as: ui.me, channel: ui.thread.channel, ts: ui.thread.ts}));
    $('thread-title').textContent = 'Thread in ' + (data.channel.kind === 'channel' ? '#' + data.channel.name : data.channel.label);
    renderTimeline($('thread-messages'), merge(data.messages, data.ephemerals), ui.thread.channel, true);
    $('thread-input').disabled = !data.channel.canPost;
    $('thread-send').disabled = !data.channel.canPost;
    $('thread-input').placeholder = data.channel.canPost ? 'Reply…' : data.channel.cannotPost;
    flashHighlight($('thread-messages'), 't-');
  } catch (e) {
    closeThread();
  }
}

async function loadHome() {
  if (!ui.onHome) return;
  const data = await api('/api/home?' + query({as: ui.me}));
  $('channel-header').replaceChildren(el('span', {id: 'channel-title'}, 'Roundup — Home'));
  $('messages').hidden = true;
  $('composer').hidden = true;
  const home = $('home');
  home.hidden = false;
  home.replaceChildren(...(data.view
    ? renderBlocks(data.view.blocks || [], {viewId: data.view.id})
    : [el('p', {class: 'pane-note'}, 'Opening the App Home…')]));
}

async function loadCalls() {
  const data = await api('/api/calls?' + query({from: ui.callsNext}));
  if (!data.calls.length) return;
  ui.callsNext = data.next;
  const list = $('calls');
  if (data.skipped) {
    list.prepend(el('li', {class: 'call-gap'}, data.skipped + ' older call(s) no longer kept by the sandbox'));
  }
  for (const call of data.calls) {
    const params = Object.entries(call.params).map(([k, v]) => k + '=' + (v.length > 300 ? v.substring(0, 300) + '…' : v)).join('\n');
    let response = call.response || '';
    try { response = JSON.stringify(JSON.parse(response), null, 2); } catch (e) { /* keep as is */ }
    list.prepend(el('li', {class: 'call' + (call.ok ? '' : ' failed'), 'data-method': call.method},
      el('details', {},
        el('summary', {}, el('span', {class: 'method'}, call.method),
          el('span', {class: 'result'}, call.ok ? 'ok' : call.error + (call.status !== 200 ? ' (HTTP ' + call.status + ')' : '')),
          // The developer's panel keeps one zone whoever is acting: UTC.
          el('time', {title: new Date(call.at).toISOString()}, new Date(call.at).toISOString().substring(11, 19) + 'Z')),
        el('pre', {}, params), el('pre', {}, response))));
  }
  // The panel shows the newest calls, as the emulator keeps only those.
  while (list.children.length > CALLS_SHOWN) list.lastElementChild.remove();
  if (data.more) scheduleRefresh();
}

function renderFaultMethods() {
  const select = $('fault-method');
  if (select.options.length) return;
  select.replaceChildren(...ui.state.methods.map((m) => el('option', {value: m, selected: m === 'chat.postMessage'}, m)));
}

function flashHighlight(container, prefix) {
  if (!ui.highlight) return;
  const node = container.querySelector('#' + prefix + ui.highlight.replace('.', '-'));
  if (node) {
    node.classList.add('highlight');
    node.scrollIntoView({block: 'center'});
    setTimeout(() => node.classList.remove('highlight'), 2500);
    if (prefix === 't-' || !ui.thread) ui.highlight = null;
  }
}

let refreshing = null;
let again = false;

async function refresh() {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    try {
      await loadState();
      await Promise.all([ui.onHome ? loadHome() : loadChannel(), loadThread(), loadCalls()]);
      document.body.dataset.version = ui.state.version;
      document.body.dataset.me = ui.state.me;
    } catch (e) {
      showError('composer-error', e.message);
    }
  })();
  await refreshing;
  refreshing = null;
  if (again) {
    again = false;
    await refresh();
  }
}

let timer = null;
function scheduleRefresh() {
  clearTimeout(timer);
  timer = setTimeout(refresh, 60);
}

// ---- Navigation and actions -------------------------------------------------------------------

function openChannel(id) {
  ui.channel = id;
  ui.onHome = false;
  renderSidebar();
  refresh();
}

async function openHome() {
  ui.onHome = true;
  renderSidebar();
  await loadHome();
  await api('/api/open-home', {as: ui.me}).catch((e) => showError('composer-error', e.message));
}

function openThread(channel, ts) {
  ui.thread = {channel, ts};
  $('side').classList.add('with-thread');
  $('tab-thread').hidden = false;
  selectTab('thread');
  loadThread();
}

function closeThread() {
  ui.thread = null;
  $('side').classList.remove('with-thread');
  $('tab-thread').hidden = true;
  if (ui.tab === 'thread') selectTab('calls');
}

function selectTab(tab) {
  ui.tab = tab;
  for (const name of ['thread', 'calls', 'faults']) {
    $(name + '-pane').hidden = name !== tab;
    $('tab-' + name).classList.toggle('active', name === tab);
  }
}

async function join(channel) {
  await api('/api/join', {as: ui.me, channel}).catch((e) => showError('composer-error', e.message));
}

function showError(id, message) {
  const node = $(id);
  node.textContent = message;
  clearTimeout(node.timer);
  node.timer = setTimeout(() => { node.textContent = ''; }, 8000);
}

async function send(event, input, errorId, threadTs) {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  $(errorId).textContent = '';
  try {
    const answer = await api('/api/post', {as: ui.me, channel: threadTs ? ui.thread.channel : ui.channel, threadTs, text});
    input.value = '';
    if (answer.warning) showError(errorId, answer.warning);
  } catch (e) {
    showError(errorId, e.message);
  }
}

async function moveClock(request) {
  $('clock-message').textContent = '';
  try {
    await api('/api/clock', request);
    $('clock-message').textContent = 'Clock moved: due tasks and digests run now.';
    setTimeout(() => { $('clock-message').textContent = ''; }, 5000);
  } catch (e) {
    $('clock-message').textContent = e.message;
  }
}

async function fault(request, message) {
  try {
    await api('/api/faults', request);
    $('fault-message').textContent = message;
  } catch (e) {
    $('fault-message').textContent = e.message;
  }
}

function onLinkClick(event) {
  const link = event.target.closest('a.permalink, a.channel-mention');
  if (!link) return;
  event.preventDefault();
  const channel = link.dataset.channel;
  if (!visibleChannel(channel)) {
    showError('composer-error', 'That message is in a channel you cannot see.');
    return;
  }
  ui.highlight = link.dataset.ts || null;
  if (link.dataset.thread) openThread(channel, link.dataset.thread);
  openChannel(channel);
}

function wire() {
  $('tab-calls').addEventListener('click', () => $('side').classList.remove('with-thread'));
  $('tab-thread').addEventListener('click', () => $('side').classList.add('with-thread'));
  $('person-picker').addEventListener('change', (event) => {
    ui.me = event.target.value;
    localStorage.setItem('roundup.sandbox.as', ui.me);
    closeThread();
    ui.modalId = null;
    if (ui.onHome) openHome(); else refresh();
  });
  $('home-link').addEventListener('click', (event) => { event.preventDefault(); openHome(); });
  $('composer').addEventListener('submit', (event) => send(event, $('composer-input'), 'composer-error', null));
  $('thread-composer').addEventListener('submit', (event) => send(event, $('thread-input'), 'thread-error', ui.thread.ts));
  for (const [input, form] of [['composer-input', 'composer'], ['thread-input', 'thread-composer']]) {
    $(input).addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        $(form).requestSubmit();
      }
    });
  }
  $('thread-close').addEventListener('click', closeThread);
  for (const tab of ['thread', 'calls', 'faults']) $('tab-' + tab).addEventListener('click', () => selectTab(tab));
  $('clock-plus-hour').addEventListener('click', () => moveClock({advanceSeconds: 3600}));
  $('clock-plus-day').addEventListener('click', () => moveClock({advanceSeconds: 86400}));
  $('clock-friday').addEventListener('click', () => moveClock({next: 'FRIDAY', time: '16:00', zone: me().tz}));
  $('clock-jump').addEventListener('click', () => {
    const value = $('clock-jump-input').value;
    if (value) moveClock({jumpTo: value.length === 16 ? value : value.substring(0, 16), zone: me().tz});
  });
  $('fault-fail-next').addEventListener('click', () => fault({method: $('fault-method').value, error: $('fault-error').value},
    'The next ' + $('fault-method').value + ' call fails with ' + $('fault-error').value + '.'));
  $('fault-rate-limit').addEventListener('click', () => fault({method: $('fault-method').value,
    max: Number($('fault-max').value), windowSeconds: Number($('fault-window').value)},
  $('fault-method').value + ' is rate-limited.'));
  $('fault-clear').addEventListener('click', () => fault({clear: true}, 'Rate limits cleared.'));
  $('modal-form').addEventListener('submit', submitModal);
  $('modal-close').addEventListener('click', closeModal);
  document.addEventListener('click', onLinkClick);
  new EventSource('/api/events').onmessage = scheduleRefresh;
}

async function start() {
  wire();
  selectTab('calls');
  try {
    await loadState();
  } catch (e) {
    // Nobody remembered, or someone from another workspace: the console picks the first person.
    ui.me = '';
    await loadState();
  }
  ui.me = ui.state.me;
  localStorage.setItem('roundup.sandbox.as', ui.me);
  renderTopbar();
  await refresh();
}

start().catch((e) => showError('composer-error', e.message));
