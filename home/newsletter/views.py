from django.http import HttpResponse


def subscribe(request):
    return HttpResponse(status=501)
