/*
 * Broadsheet live comments: progressive enhancement of a story page.
 *
 * On a page with <section class="comments" data-article-id data-last-comment-id>, opens the
 * story's comment stream (Server-Sent Events) and puts each newly published comment into the
 * list, replies under their parent, never twice, with a polite notice for screen readers. The
 * server draws each comment with the template of the page's own comments, so a live comment reads
 * exactly like one the page came with (names in <bdi>, paragraphs with dir="auto").
 * EventSource reconnects by itself and sends the last id it saw (Last-Event-ID), so a dropped
 * connection gets what it missed. Without that markup, or without EventSource, it does nothing.
 */
(function () {
  'use strict';

  /* Levels of replies the page nests, as the server's CommentViews.MAX_DEPTH. */
  var MAX_DEPTH = 4;
  var section = document.querySelector('section.comments[data-article-id]');
  if (!section || typeof window.EventSource !== 'function' || !('content' in document.createElement('template'))) {
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

  /* More was published meanwhile than a stream replays: the page itself has to be loaded again. */
  function behind() {
    fresh = 0;
    announce();
    notice.textContent = 'Many new comments: reload the page to see them.';
  }

  /*
   * The comment as the server drew it, with the story page's own template (escaped there), or
   * null. The drawing is the same for every reader: what differs goes in here, from the page.
   */
  function element(comment) {
    if (typeof comment.html !== 'string') {
      return null;
    }
    var template = document.createElement('template');
    template.innerHTML = comment.html;
    var drawn = template.content.firstElementChild;
    if (!drawn || drawn.id !== 'comment-' + comment.id) {
      return null;
    }
    personalise(drawn);
    return drawn;
  }

  /* The reader's form token (none for a reader new to the site, whose browser vouches for its
     forms), the order and page shown, and no reply link on a closed story. */
  function personalise(item) {
    var form = item.querySelector('form.recommend');
    var token = section.querySelector('input[name=csrf]');
    if (form && token) {
      form.querySelector('input[name=csrf]').value = token.value;
      var model = section.querySelector('form.recommend');
      ['sort', 'page'].forEach(function (name) {
        var kept = model && model.querySelector('input[name=' + name + ']');
        if (kept) {
          form.insertBefore(kept.cloneNode(false), form.querySelector('button'));
        }
      });
    } else if (form) {
      form.parentNode.removeChild(form);
    }
    if (!section.querySelector('form.comment-form')) {
      Array.prototype.forEach.call(item.querySelectorAll('.reply-link'), function (link) {
        link.parentNode.removeChild(link);
      });
    }
  }

  function repliesOf(comment) {
    for (var i = 0; i < comment.children.length; i++) {
      if (comment.children[i].matches('ol.replies')) {
        return comment.children[i];
      }
    }
    var replies = document.createElement('ol');
    replies.className = 'replies';
    comment.appendChild(replies);
    return replies;
  }

  /*
   * Under its parent, as the page nests replies: MAX_DEPTH levels deep, and below that in one
   * list under the comment at the last level, saying whom each answers.
   */
  function place(comment, item) {
    if (comment.parentId === null || comment.parentId === undefined) {
      list().appendChild(item);
      return true;
    }
    var parent = document.getElementById('comment-' + comment.parentId);
    if (!parent || !section.contains(parent)) {
      return false; // its thread is on another page of comments
    }
    var levels = [];
    for (var at = parent; at && at !== section; at = at.parentElement) {
      if (at.matches('li.comment')) {
        levels.unshift(at);
      }
    }
    var under = levels.length > MAX_DEPTH ? levels[MAX_DEPTH] : parent;
    if (under !== parent) {
      var answered = document.createElement('span');
      answered.className = 'in-reply-to';
      answered.appendChild(document.createTextNode('replying to '));
      answered.appendChild(document.createElement('bdi')).textContent = parent.querySelector('.comment-name').textContent;
      var name = item.querySelector('.comment-name');
      name.parentNode.insertBefore(answered, name.nextSibling);
      name.parentNode.insertBefore(document.createTextNode(' '), answered);
    }
    repliesOf(under).appendChild(item);
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
    var item = element(comment);
    if (item && place(comment, item)) {
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
    source.addEventListener('behind', behind);
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
