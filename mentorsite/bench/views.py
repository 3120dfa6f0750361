from django.shortcuts import render


def bare_template(request):
    """The fastest page the stack can serve: a template with a 20-item loop and no database work."""
    return render(request, "bench/bare.html", {"items": range(20)})
