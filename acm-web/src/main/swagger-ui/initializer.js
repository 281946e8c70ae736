// Starts Swagger UI on this node's OpenAPI document.
//
// The document is the application's /onap/policy/clamp/acm/openapi (the server's own /openapi, with YAML and JSON
// content types), on the host and port that served this page. Every request the UI sends ("Try it out" included) goes to that same
// node: the document's server list is Payara's idea of the host name, which need not be the address the browser
// used, and the API sends no CORS headers.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '../openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    // No call to the public online validator: all traffic stays with this node.
    validatorUrl: null,
    requestInterceptor: function (request) {
      var target = new URL(request.url, window.location.href);
      target.protocol = window.location.protocol;
      target.host = window.location.host;
      request.url = target.toString();
      return request;
    }
  });
});
