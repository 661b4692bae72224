// Starts GraphiQL for the newsgraph playground. The server writes its settings
// into the JSON element #newsgraph-playground-config; no inline script runs, so
// the page's Content-Security-Policy can allow scripts from its own origin only.
(function () {
  'use strict';

  var config = JSON.parse(
    document.getElementById('newsgraph-playground-config').textContent,
  );

  // The endpoint may be a path ("/graphql") or an absolute URL; subscriptions
  // use the same URL with ws: or wss: (graphql-transport-ws, as gqlgen serves it).
  var httpURL = new URL(config.endpoint, window.location.href);
  var wsURL = new URL(httpURL.href);
  wsURL.protocol = httpURL.protocol === 'https:' ? 'wss:' : 'ws:';

  var fetcher = GraphiQL.createFetcher({
    url: httpURL.href,
    subscriptionUrl: wsURL.href,
  });

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      inputValueDeprecation: true,
    }),
  );
})();
