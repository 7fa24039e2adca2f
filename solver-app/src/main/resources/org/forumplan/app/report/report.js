// The forumplan review page's filters. Inlined into the page when it is written; it reads everything it needs from the
// page itself (each session's data- attributes), so the page carries no data twice and fetches nothing.
(function () {
  'use strict';

  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var sessions = Array.prototype.slice.call(document.querySelectorAll('.session'));
  var count = document.getElementById('f-count');

  function field(id) {
    return document.getElementById(id).value.trim();
  }

  // The person box holds "Name (id)" when picked from the list, or any part of a name when typed.
  function personId(text) {
    var match = /\(([^()]+)\)\s*$/.exec(text);
    return match ? match[1] : null;
  }

  function framedHas(element, attribute, value) {
    return (element.getAttribute(attribute) || '').indexOf('|' + value + '|') >= 0;
  }

  function matches(element, filter) {
    if (filter.topic && !framedHas(element, 'data-topics', filter.topic)) {
      return false;
    }
    if (filter.kind && element.getAttribute('data-kind') !== filter.kind) {
      return false;
    }
    if (filter.track && element.getAttribute('data-track') !== filter.track) {
      return false;
    }
    if (filter.person) {
      var id = personId(filter.person);
      var found = id
        ? framedHas(element, 'data-people', id)
        : (element.getAttribute('data-names') || '').indexOf(filter.person.toLowerCase()) >= 0;
      if (!found) {
        return false;
      }
    }
    if (filter.search && (element.getAttribute('data-text') || '').indexOf(filter.search.toLowerCase()) < 0) {
      return false;
    }
    return true;
  }

  function apply() {
    var filter = {
      topic: field('f-topic'),
      kind: field('f-kind'),
      track: field('f-track'),
      person: field('f-person'),
      search: field('f-search')
    };
    var active = Boolean(filter.topic || filter.kind || filter.track || filter.person || filter.search);
    var mode = form.querySelector('input[name="f-mode"]:checked');
    document.body.classList.toggle('filtering', active);
    document.body.classList.toggle('hide-mode', active && mode !== null && mode.value === 'hide');
    var hits = 0;
    sessions.forEach(function (element) {
      var hit = !active || matches(element, filter);
      element.classList.toggle('match', active && hit);
      element.classList.toggle('out', !hit);
      if (hit) {
        hits += 1;
      }
    });
    count.textContent = active ? hits + ' of ' + sessions.length + ' sessions match' : '';
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  document.getElementById('f-clear').addEventListener('click', function () {
    form.reset();
    apply();
  });

  // A printed page shows every conflict, not only the ones that were open on screen.
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (details) {
      details.open = true;
    });
  });

  apply();
}());
