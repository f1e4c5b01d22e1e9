// The service worker of course.html beside it: the package's own
// (dist/builder/course-sw.js), loaded from here so that it may serve this folder's page.
importScripts('../dist/builder/course-sw.js');
