/*
 * Broadsheet live comments: progressive enhancement of a story page.
 *
 * On a page with <section class="comments" data-article-id data-last-comment-id>, opens the
 * story's comment stream (Server-Sent Events) and draws each newly published comment into the
 * list, replies under their parent, never twice, with a polite notice for screen readers.
 * EventSource reconnects by itself and sends the last id it saw (Last-Event-ID), so a dropped
 * connection gets what it missed. Without that markup, or without EventSource, it does nothing.
 */
(function () {
  'use strict';

  var section = document.querySelector('section.comments[data-article-id]');
  if (!section || typeof window.EventSource !== 'function') {
    return;
  }
  var articleId = section.getAttribute('data-article-id');
  var lastId = section.getAttribute('data-last-comment-id') || '';
  var fresh = 0;
  var notice = null;
  var source = null;

  function list() {
    var found = section.querySelector('ol.comment-list');
    if (!found) {
      found = document.createElement('ol');
      found.className = 'comment-list';
      section.appendChild(found);
    }
    return found;
  }

  function announce() {
    if (!notice) {
      notice = document.createElement('p');
      notice.className = 'live-notice';
      notice.setAttribute('role', 'status');
      notice.setAttribute('aria-live', 'polite');
      section.insertBefore(notice, list());
    }
    notice.textContent = fresh === 1 ? '1 new comment' : fresh + ' new comments';
  }

  function paragraphs(text) {
    return text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/).filter(function (p) {
      return p.trim() !== '';
    });
  }

  /* The server's own drawing of the comment (escaped there), or one built here from its fields. */
  function element(comment) {
    if (typeof comment.html === 'string' && 'content' in document.createElement('template')) {
      var template = document.createElement('template');
      template.innerHTML = comment.html;
      var drawn = template.content.firstElementChild;
      if (drawn && drawn.id === 'comment-' + comment.id) {
        return drawn;
      }
    }
    var item = document.createElement('li');
    item.className = 'comment comment-live';
    item.id = 'comment-' + comment.id;
    item.setAttribute('data-comment-id', String(comment.id));
    var meta = document.createElement('p');
    meta.className = 'comment-meta';
    var name = document.createElement('span');
    name.className = 'comment-name';
    name.textContent = comment.name;
    var link = document.createElement('a');
    link.className = 'comment-time';
    link.href = '#comment-' + comment.id;
    var time = document.createElement('time');
    time.setAttribute('datetime', comment.postedAt);
    time.textContent = comment.postedAt;
    link.appendChild(time);
    meta.appendChild(name);
    meta.appendChild(document.createTextNode(' '));
    meta.appendChild(link);
    item.appendChild(meta);
    paragraphs(comment.text).forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      item.appendChild(p);
    });
    return item;
  }

  function place(comment, item) {
    if (comment.parentId === null || comment.parentId === undefined) {
      list().appendChild(item);
      return true;
    }
    var parent = document.getElementById('comment-' + comment.parentId);
    if (!parent || !section.contains(parent)) {
      return false; // its thread is on another page of comments
    }
    var replies = null;
    for (var i = 0; i < parent.children.length; i++) {
      if (parent.children[i].matches('ol.replies')) {
        replies = parent.children[i];
      }
    }
    if (!replies) {
      replies = document.createElement('ol');
      replies.className = 'replies';
      parent.appendChild(replies);
    }
    replies.appendChild(item);
    return true;
  }

  function received(event) {
    if (event.lastEventId) {
      lastId = event.lastEventId;
    }
    var comment;
    try {
      comment = JSON.parse(event.data);
    } catch (notJson) {
      return;
    }
    if (!comment || document.getElementById('comment-' + comment.id)) {
      return;
    }
    if (place(comment, element(comment))) {
      fresh += 1;
      announce();
    }
  }

  function open() {
    var url = '/api/v1/articles/' + encodeURIComponent(articleId) + '/comments/stream';
    if (lastId) {
      url += '?lastEventId=' + encodeURIComponent(lastId);
    }
    source = new EventSource(url);
    source.addEventListener('comment', received);
    source.addEventListener('error', function () {
      // EventSource retries by itself, except after an answer it cannot use (a server that is
      // restarting): then start again a little later, from the last comment seen.
      if (source.readyState === EventSource.CLOSED) {
        window.setTimeout(open, 5000);
      }
    });
  }

  open();
})();
